namespace CstoPress.Core.Organization;

/// <summary>The kinds of entry the press office keeps in the register, each with its own edit page.</summary>
public enum RegisterEntryKind
{
    Document = 0,
    Meeting = 1,
    Body = 2,
}
