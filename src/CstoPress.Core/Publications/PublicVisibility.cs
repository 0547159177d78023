using System.Linq.Expressions;
using CstoPress.Core.Organization;

namespace CstoPress.Core.Publications;

/// <summary>
/// The one place that decides what the public may see. Every public query, page, feed and API
/// goes through these rules, so an embargo or a new status only has to be taught here.
/// Each rule is written once, as an expression: EF translates it to SQL and the same tree,
/// compiled, answers for an object already in memory.
/// </summary>
public static class PublicVisibility
{
    /// <summary>Listed in listings, feeds, search and the API: published, and its time has come.</summary>
    private static readonly Expression<Func<Publication, DateTimeOffset, bool>> ListedRule =
        (p, now) => p.Status == PublicationStatus.Published && p.PublishedAt != null && p.PublishedAt <= now && p.DeletedAt == null;

    /// <summary>
    /// Reachable at its own address: everything listed, plus withdrawn items, which keep their page
    /// and show the withdrawal notice instead of their text.
    /// </summary>
    private static readonly Expression<Func<Publication, DateTimeOffset, bool>> ReachableRule =
        (p, now) => (p.Status == PublicationStatus.Published || p.Status == PublicationStatus.Withdrawn)
                    && p.PublishedAt != null && p.PublishedAt <= now && p.DeletedAt == null;

    private static readonly Func<Publication, DateTimeOffset, bool> IsListedCompiled = ListedRule.Compile();
    private static readonly Func<Publication, DateTimeOffset, bool> IsReachableCompiled = ReachableRule.Compile();

    public static Expression<Func<Publication, bool>> Listed(DateTimeOffset now) => TimeBoundRule.At(ListedRule, now);

    public static Expression<Func<Publication, bool>> Reachable(DateTimeOffset now) => TimeBoundRule.At(ReachableRule, now);

    /// <summary>The listing rule over (item, now), for queries compiled once with the time as their parameter.</summary>
    public static Expression<Func<Publication, DateTimeOffset, bool>> ListedAt => ListedRule;

    /// <summary>The rule of <see cref="Reachable"/> over (item, now), for queries compiled once.</summary>
    public static Expression<Func<Publication, DateTimeOffset, bool>> ReachableAt => ReachableRule;

    public static bool IsListed(Publication publication, DateTimeOffset now) => IsListedCompiled(publication, now);

    public static bool IsReachable(Publication publication, DateTimeOffset now) => IsReachableCompiled(publication, now);

    /// <summary>
    /// A register entry the public may see: published by the press office after review. A document the
    /// Organization has not yet considered (a draft act) stays with the press office whatever its review says.
    /// </summary>
    public static Expression<Func<Document, bool>> DocumentListed { get; } =
        d => d.Review.Status == RegisterStatus.Published && d.Stage != DocumentStage.Draft;

    public static Expression<Func<Meeting, bool>> MeetingListed { get; } = m => m.Review.Status == RegisterStatus.Published;

    private static readonly Func<Document, bool> IsDocumentListedCompiled = DocumentListed.Compile();

    private static readonly Func<Meeting, bool> IsMeetingListedCompiled = MeetingListed.Compile();

    public static bool IsListed(Document document) => IsDocumentListedCompiled(document);

    /// <summary>Whether a meeting a document's step names may be linked: a meeting still in review has no public page.</summary>
    public static bool IsListed(Meeting meeting) => IsMeetingListedCompiled(meeting);
}
