namespace CstoPress.Core.Organization;

/// <summary>The member States of the Organization, in the order of the Treaty's protocols (alphabetical in Russian).</summary>
public enum MemberState
{
    Armenia = 0,
    Belarus = 1,
    Kazakhstan = 2,
    Kyrgyzstan = 3,
    Russia = 4,
    Tajikistan = 5,
}
