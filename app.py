"""FrontDesk entry point: ``python app.py [--db URL] [--demo-data]``."""

from __future__ import annotations

import sys

from frontdesk.main import main

if __name__ == "__main__":
    sys.exit(main())
