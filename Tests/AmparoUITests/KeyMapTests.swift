import Testing
@testable import AmparoUI

@Suite struct KeyMapTests {
    let map = KeyMap.standard

    @Test func arrowsEnterAndPagingMapToMovement() {
        #expect(map.action(for: .up) == .up)
        #expect(map.action(for: .down) == .down)
        #expect(map.action(for: .enter) == .confirm)
        #expect(map.action(for: .pageDown) == .pageDown)
        #expect(map.action(for: .home) == .first)
        #expect(map.action(for: .end) == .last)
    }

    @Test func digitsPickChoicesDirectly() {
        #expect(map.action(for: .character("1")) == .pick(1))
        #expect(map.action(for: .character("9")) == .pick(9))
        #expect(map.action(for: .character("0")) == nil)
    }

    @Test func backspaceAndLeftGoBackAndSpaceToggles() {
        #expect(map.action(for: .backspace) == .back)
        #expect(map.action(for: .left) == .back)
        #expect(map.action(for: .character(" ")) == .toggle)
    }

    @Test func letterCommandsWorkInEitherCase() {
        for (letter, action) in [("?", Action.help), ("b", .back), ("l", .language), ("L", .language),
                                 ("r", .restart), ("R", .restart), ("q", .quit), ("Q", .quit)] {
            #expect(map.action(for: .character(Character(letter))) == action)
        }
        #expect(map.action(for: .character("z")) == nil)
    }

    @Test func clicksResizeAndEndOfInputAlwaysMap() {
        #expect(map.action(for: .click(x: 3, y: 4)) == .click(x: 3, y: 4))
        #expect(map.action(for: .resize) == .resize)
        #expect(map.action(for: .endOfInput) == .quit)
    }

    @Test func keysForAnActionAreFoundInTheTable() {
        #expect(Set(ActionTable.binding(for: .back)?.keys ?? []) == [.backspace, .delete, .left, .character("b"), .character("B")])
        for binding in ActionTable.standard {
            for key in binding.keys { #expect(map.action(for: key) == binding.action, "\(key)") }
        }
    }

    @Test("the staff exit is offered only in a kiosk; reading aloud only where it is on")
    func availability() {
        #expect(ActionTable.isOffered(.staff, kiosk: true, readAloud: false))
        #expect(!ActionTable.isOffered(.staff, kiosk: false, readAloud: true))
        #expect(ActionTable.isOffered(.readAloud, kiosk: false, readAloud: true))
        #expect(!ActionTable.isOffered(.readAloud, kiosk: true, readAloud: false))
        #expect(ActionTable.isOffered(.pick(1), kiosk: false, readAloud: false))
        #expect(ActionTable.standard.filter { !$0.isOffered(kiosk: false, readAloud: false) }.map(\.action)
            == [.readAloud, .staff])
    }

    @Test("every footer place has its own position, and the three main keys share one")
    func footerPlaces() {
        let placed = ActionTable.standard.compactMap { binding in binding.place.map { (binding.action, $0) } }
        let main = placed.filter { $0.1.shown == .mainKey }
        #expect(main.map(\.0) == [.confirm, .toggle, .pageDown])
        #expect(Set(main.map(\.1)).count == 1)
        let others = placed.filter { $0.1.shown != .mainKey }.map(\.1.position)
        #expect(Set(others).count == others.count && !others.contains(main[0].1.position))
    }
}
