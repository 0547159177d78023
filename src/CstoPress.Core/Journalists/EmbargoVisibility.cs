using System.Linq.Expressions;

namespace CstoPress.Core.Journalists;

/// <summary>
/// What accredited journalists may see ahead of the public: scheduled items the press office put under
/// embargo. Once the scheduler publishes an item it is the public's (see <see cref="PublicVisibility"/>)
/// and leaves this list, so there is no moment when an item is both, or neither for long.
/// </summary>
public static class EmbargoVisibility
{
    public static Expression<Func<Publication, bool>> SeenByJournalists { get; } =
        p => p.Status == PublicationStatus.Scheduled && p.IsUnderEmbargo && p.PublishedAt != null && p.DeletedAt == null;

    private static readonly Func<Publication, bool> IsSeenCompiled = SeenByJournalists.Compile();

    public static bool IsSeenByJournalists(Publication publication) => IsSeenCompiled(publication);
}
