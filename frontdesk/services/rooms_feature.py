from frontdesk.services.registry.feature import FEATURE as FEATURE  # moved; frontdesk/features.py names the package next
