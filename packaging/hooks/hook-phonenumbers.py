# Replaces the contributed hook (which collects every submodule): FrontDesk only checks numbers, so
# the geocoder, carrier and time-zone tables (45 MB) stay out; the metadata phonenumbers loads by
# region name at run time (phonenumbers.data.*, phonenumbers.shortdata.*) goes in.
from PyInstaller.utils.hooks import collect_submodules

_LEFT_OUT = ("phonenumbers.geodata", "phonenumbers.carrierdata", "phonenumbers.tzdata")

hiddenimports = collect_submodules("phonenumbers", filter=lambda name: not name.startswith(_LEFT_OUT))
