/// The attorney-review record: not dated in the future, and (when the content directory is
/// known) naming the digest of this very content and flows that are there. A record that does
/// not match is a warning, and the wizard then says that no lawyer has checked the guidance.
struct AttorneyReviewCheck: ContentCheck {
    func check(_ content: LoadedContent) -> (diagnostics: [Diagnostic], files: [String]) {
        guard let record = content.factBase.review.record else { return ([], []) }
        var diagnostics: [Diagnostic] = []
        if record.date > content.today {
            diagnostics.append(Diagnostic(.reviewInFuture,
                "the attorney review is dated \(record.date), after today (\(content.today))", at: record.dateLocation))
        }
        if content.hasAllFlows {
            let ids = content.flows.map(\.id)
            for flow in record.flows where !ids.contains(flow.id) {
                diagnostics.append(Diagnostic(.reviewMismatch, "the attorney review names flow '\(flow.id)', which is not in Flows/",
                                              at: flow.location, suggestion: EditDistance.suggestion(for: flow.id, among: ids)))
            }
        }
        if let root = content.contentRoot {
            let digest = (try? ContentManifest.build(root: root))?.reviewedDigest
            if digest != record.contentDigest {
                diagnostics.append(Diagnostic(.reviewMismatch,
                    "the attorney review of \(record.date) is for content \(record.contentDigest.prefix(12))…, but this content is "
                        + (digest.map { "\($0.prefix(12))…" } ?? "unreadable")
                        + "; it changed since, so the review does not cover it and the wizard says so",
                    at: record.digestLocation,
                    notes: ["note: have the changed cards reviewed, then record the new review (amparo review prints the digest)"]))
            }
        }
        return (diagnostics, [])
    }
}

extension AttorneyReview {
    /// Whether a recorded review covers flow `id` of content whose reviewed digest is `digest`
    /// (`nil` when it could not be computed: then nothing is covered).
    public func covers(flow id: String, digest: String?) -> Bool {
        guard let record, let digest else { return false }
        return record.covers(flow: id, digest: digest)
    }

    /// One line for review sheets and reports: "Attorney review: none recorded", or who, when,
    /// and whether it covers this content.
    public func summary(flow id: String, digest: String?) -> String {
        guard let record else { return "Attorney review: none recorded" }
        let covered = covers(flow: id, digest: digest)
        return "Attorney review: \(record.reviewer), \(record.date), for content \(record.contentDigest)"
            + (covered ? "" : " (DOES NOT COVER this flow as it is now: "
                + (record.flows.contains { $0.id == id } ? "the content changed since" : "this flow was not reviewed") + ")")
    }
}
