from presence_audit.cli import main

main()
