"""``python -m bisumm``: the same command line as the ``bisumm`` script."""

from bisumm.cli import main

if __name__ == "__main__":
    main()
