from xlkpi.cli.entry import main

main()
