"""Moved to :mod:`frontdesk.services.notices`; this name stays until frontdesk.features (and the
notice PDF in frontdesk.printing) import the new package."""

from frontdesk.services.notices import *  # noqa: F403
from frontdesk.services.notices import FEATURE, NOTICE, NoticeInput, NoticePrint  # noqa: F401 - the names callers use
