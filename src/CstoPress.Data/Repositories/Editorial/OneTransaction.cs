namespace CstoPress.Data.Repositories.Editorial;

/// <summary>
/// Work that must happen whole or not at all (a merge moves references, then deletes), retried whole by the
/// execution strategy when the connection drops: what an attempt tracked is forgotten before the next.
/// </summary>
internal static class OneTransaction
{
    public static Task<T> InOneTransactionAsync<T>(this CstoPressDbContext db, Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var result = await work(ct);
            await transaction.CommitAsync(ct);
            return result;
        }, cancellationToken);

    public static Task InOneTransactionAsync(this CstoPressDbContext db, Func<CancellationToken, Task> work, CancellationToken cancellationToken) =>
        db.InOneTransactionAsync(async ct =>
        {
            await work(ct);
            return true;
        }, cancellationToken);
}
