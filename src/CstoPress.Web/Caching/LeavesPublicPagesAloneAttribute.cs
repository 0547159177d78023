namespace CstoPress.Web.Caching;

/// <summary>
/// Marks an admin handler that cannot change what readers see (a preview, a preview link), so that
/// <see cref="EvictAfterPressOfficeChanges"/> does not clear the kept pages each time an editor's
/// live preview refreshes. Unmarked handlers clear them: forgetting the mark costs a cache refill, not stale news.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class LeavesPublicPagesAloneAttribute : Attribute;
