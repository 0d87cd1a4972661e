/// One node of a `YAMLTree`: an index into the tree's records, cheap to copy and compare.
struct YAMLNode: Hashable {
    let index: Int32
}
