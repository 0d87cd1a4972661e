import Foundation
import Testing
@testable import AmparoCore

/// Every session test runs twice: on the session as is, and on a session that went through a
/// JSON encode/decode round trip before each action and each assertion.
enum SessionMode: String, CaseIterable, CustomTestStringConvertible {
    case direct
    case roundTrip

    var testDescription: String { rawValue }

    /// The session as this mode sees it.
    func prepare(_ session: Session) throws -> Session {
        switch self {
        case .direct:
            return session
        case .roundTrip:
            let data = try JSONEncoder().encode(session)
            let decoded = try JSONDecoder().decode(Session.self, from: data)
            guard decoded == session else { throw RoundTripError.changed }
            return decoded
        }
    }

    enum RoundTripError: Error { case changed }
}
