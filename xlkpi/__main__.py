from xlkpi.cli.app import main

main()
