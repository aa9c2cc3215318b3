from kildespor.cli.main import main

main()
