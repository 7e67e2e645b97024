"""``python -m exchange_sdk.killswitch watchdog``: the watchdog process (started by
``Watchdog``; it reads its configuration and heartbeats from stdin, see ``_watchdog``)."""

from __future__ import annotations

import sys


def main(argv: list[str]) -> int:
    if argv[:1] == ["watchdog"]:
        from ._watchdog import watchdog_main

        return watchdog_main()
    print(
        "usage: python -m exchange_sdk.killswitch watchdog  (started by exchange_sdk.killswitch."
        "Watchdog; it reads its configuration from stdin). For the command line: exchange-sdk --help",
        file=sys.stderr,
    )
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
