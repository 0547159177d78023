using System.Reflection;

namespace CstoPress.Web.Accounts;

/// <summary>
/// Refuses the passwords attackers try first, as current guidance (NIST SP 800-63B) asks in place of
/// composition rules. Identity has no such check built in; the list is a resource of this assembly.
/// </summary>
public sealed class CommonPasswordValidator : IPasswordValidator<PortalUser>
{
    private static readonly Lazy<HashSet<string>> Common = new(Load);

    public Task<IdentityResult> ValidateAsync(UserManager<PortalUser> manager, PortalUser user, string? password)
    {
        if (password is not null && IsCommon(password, user))
        {
            return Task.FromResult(IdentityResult.Failed(new IdentityError
            {
                Code = "CommonPassword",
                Description = "This password is too common or too easy to guess; choose a longer phrase of your own.",
            }));
        }

        return Task.FromResult(IdentityResult.Success);
    }

    private static bool IsCommon(string password, PortalUser user)
    {
        var normalized = password.Trim().ToLowerInvariant();
        if (Common.Value.Contains(normalized))
        {
            return true;
        }

        // Repeating one character or typing the account's own address is no secret either.
        return normalized.Distinct().Count() <= 2
            || (user.Email is { Length: > 0 } email && normalized.Contains(email.ToLowerInvariant(), StringComparison.Ordinal));
    }

    private static HashSet<string> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("CstoPress.Web.Accounts.common-passwords.txt")
            ?? throw new InvalidOperationException("The list of common passwords is missing from the build.");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                set.Add(line.Trim().ToLowerInvariant());
            }
        }

        return set;
    }
}
