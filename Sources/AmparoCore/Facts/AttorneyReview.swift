/// The attorney-review record of the content (`Facts/attorney-review.yaml`): none, or who
/// reviewed it, on what day, which flows, and for which exact content (the reviewed digest of
/// ``ContentManifest``, so a signed review sheet matches the bytes). Amparo never claims a review
/// that this record does not hold for the content it runs.
public enum AttorneyReview: Hashable, Codable, Sendable {
    /// No attorney has reviewed the content (`attorney-review: none`).
    case none
    /// A recorded review.
    case recorded(AttorneyReviewRecord)

    /// The record, if a review is recorded.
    public var record: AttorneyReviewRecord? {
        if case .recorded(let record) = self { return record }
        return nil
    }
}

/// Who reviewed the content as a lawyer, when, which flows, and the digest of what they read.
public struct AttorneyReviewRecord: Hashable, Codable, Sendable {
    /// The attorney's name (and bar number, if given), as written.
    public var reviewer: String
    /// The day they signed the review sheets.
    public var date: LocalDate
    /// The reviewed digest (``ContentManifest/reviewedDigest``) of the content they reviewed.
    public var contentDigest: String
    /// The ids of the flows whose review sheets they signed.
    public var flows: [Ref]
    /// Anything else they asked to be recorded.
    public var note: String?
    /// Where the record starts.
    public var location: SourceLocation
    /// Where the date is written.
    public var dateLocation: SourceLocation
    /// Where the digest is written.
    public var digestLocation: SourceLocation

    /// Creates a record.
    public init(reviewer: String, date: LocalDate, contentDigest: String, flows: [Ref], note: String? = nil,
                location: SourceLocation, dateLocation: SourceLocation? = nil, digestLocation: SourceLocation? = nil) {
        self.reviewer = reviewer
        self.date = date
        self.contentDigest = contentDigest
        self.flows = flows
        self.note = note
        self.location = location
        self.dateLocation = dateLocation ?? location
        self.digestLocation = digestLocation ?? location
    }

    /// Whether it covers flow `id` of content whose reviewed digest is `digest`.
    public func covers(flow id: String, digest: String) -> Bool {
        contentDigest == digest && flows.contains { $0.id == id }
    }
}
