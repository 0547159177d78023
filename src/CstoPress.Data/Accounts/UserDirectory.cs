namespace CstoPress.Data.Accounts;

/// <summary>The Admins' question about accounts: who has one, and with which roles.</summary>
public sealed class UserDirectory(CstoPressDbContext db)
{
    /// <summary>Every account by e-mail address, with its roles read in the same query rather than one query per account.</summary>
    public async Task<IReadOnlyList<DirectoryAccount>> AccountsAsync(CancellationToken cancellationToken = default) =>
        await db.Users.AsNoTracking()
            .OrderBy(u => u.Email)
            .Select(u => new DirectoryAccount(
                u.Id,
                u.Email,
                db.UserRoles.Where(ur => ur.UserId == u.Id)
                    .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name!)
                    .ToList()))
            .ToListAsync(cancellationToken);
}
