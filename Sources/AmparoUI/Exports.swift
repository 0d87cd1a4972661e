@_exported import AmparoCore
