from presence_audit.cli.launch import main

main()
