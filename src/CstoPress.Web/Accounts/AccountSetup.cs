using System.Security.Cryptography;

namespace CstoPress.Web.Accounts;

/// <summary>Creates the roles and accounts the portal starts with: the first admin, the demo team.</summary>
public sealed class AccountSetup(UserManager<PortalUser> users, RoleManager<IdentityRole> roles, ILogger<AccountSetup> logger)
{
    public async Task EnsureRolesAsync()
    {
        foreach (var role in PortalRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }
    }

    /// <summary>Creates an account in a role; the errors say what is wrong with the address or the password.</summary>
    public async Task<IdentityResult> CreateAsync(string email, string password, string role, string? displayName = null)
    {
        await EnsureRolesAsync();
        var user = new PortalUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = displayName };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return created;
        }

        logger.LogInformation("Account {Email} created in role {Role}", email, role);
        return await users.AddToRoleAsync(user, role);
    }

    /// <summary>
    /// Development only: an admin and an editor to try the admin area with. Their passwords are made
    /// up at random and logged once, when the accounts are created; there is no default password.
    /// </summary>
    public async Task CreateDemoAccountsAsync()
    {
        foreach (var (email, role) in new[] { ("admin@cstopress.local", PortalRoles.Admin), ("editor@cstopress.local", PortalRoles.Editor) })
        {
            if (await users.FindByEmailAsync(email) is not null)
            {
                continue;
            }

            var password = GeneratePassword();
            var result = await CreateAsync(email, password, role, role == PortalRoles.Admin ? "Demo admin" : "Demo editor");
            if (result.Succeeded)
            {
                logger.LogWarning("Demo account {Email} ({Role}) created with password {Password}; it is shown only this once", email, role, password);
            }
        }
    }

    /// <summary>A random passphrase-length password: 20 characters from an unambiguous alphabet.</summary>
    public static string GeneratePassword() =>
        RandomNumberGenerator.GetString("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789", 20);
}
