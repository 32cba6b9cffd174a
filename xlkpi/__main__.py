from xlkpi.cli import main

main()
