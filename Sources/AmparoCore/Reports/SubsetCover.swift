/// Describes a set of checked-option subsets compactly: the subsets are minterms over the
/// compared options, merged Quine–McCluskey style into cubes where each option is checked, not
/// checked, or either. `{food}`, `{food, health}` over `[food, health]` become one cube:
/// food checked, health either.
enum SubsetCover {
    /// One cube: options that must be checked and options that must not be.
    struct Cube: Hashable {
        var checked: [String]
        var unchecked: [String]
    }

    /// A small cover of `subsets` (each a set of checked options among `options`).
    static func cubes(_ subsets: [Set<String>], over options: [String]) -> [Cube] {
        guard options.count <= 16 else {
            return subsets.map { subset in
                Cube(checked: options.filter { subset.contains($0) }, unchecked: options.filter { !subset.contains($0) })
            }
        }
        // An implicant is (value, mask): bits in `mask` are "either".
        struct Implicant: Hashable { var value: Int; var mask: Int }
        let minterms = Set(subsets.map { subset in
            options.enumerated().reduce(0) { bits, item in subset.contains(item.element) ? bits | (1 << item.offset) : bits }
        })
        var current = Set(minterms.map { Implicant(value: $0, mask: 0) })
        var primes = Set<Implicant>()
        while !current.isEmpty {
            var next = Set<Implicant>()
            var merged = Set<Implicant>()
            for implicant in current {
                for bit in 0..<options.count where implicant.mask & (1 << bit) == 0 {
                    let partner = Implicant(value: implicant.value ^ (1 << bit), mask: implicant.mask)
                    if current.contains(partner) {
                        next.insert(Implicant(value: implicant.value & ~(1 << bit), mask: implicant.mask | (1 << bit)))
                        merged.insert(implicant)
                        merged.insert(partner)
                    }
                }
            }
            primes.formUnion(current.subtracting(merged))
            current = next
        }
        // Greedy cover: the prime covering most uncovered minterms first.
        func covers(_ implicant: Implicant, _ minterm: Int) -> Bool {
            minterm & ~implicant.mask == implicant.value
        }
        var uncovered = minterms
        var chosen: [Implicant] = []
        let ordered = primes.sorted { ($0.mask.nonzeroBitCount, $1.value) > ($1.mask.nonzeroBitCount, $0.value) }
        while !uncovered.isEmpty {
            guard let best = ordered.max(by: { lhs, rhs in
                uncovered.filter { covers(lhs, $0) }.count < uncovered.filter { covers(rhs, $0) }.count
            }) else { break }
            chosen.append(best)
            uncovered = uncovered.filter { !covers(best, $0) }
        }
        return chosen.sorted { ($0.value, $0.mask) < ($1.value, $1.mask) }.map { implicant in
            var cube = Cube(checked: [], unchecked: [])
            for (bit, option) in options.enumerated() where implicant.mask & (1 << bit) == 0 {
                if implicant.value & (1 << bit) != 0 { cube.checked.append(option) } else { cube.unchecked.append(option) }
            }
            return cube
        }
    }
}
