from newsfuse.cli import main

main()
