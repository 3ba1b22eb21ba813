import ArgumentParser

await PlacardCommand.main()
