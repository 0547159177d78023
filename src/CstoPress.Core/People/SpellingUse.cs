namespace CstoPress.Core.People;

/// <summary>One spelling of a press contact's name, and how many of its publications were signed with it.</summary>
public sealed record SpellingUse(string Spelling, int Publications, SpellingStanding Standing);

public enum SpellingStanding
{
    /// <summary>The name the catalog keeps, which readers see.</summary>
    CatalogName,

    /// <summary>Another spelling the catalog records for the contact.</summary>
    Variant,

    /// <summary>Printed on pages of the contact but recorded nowhere (signed before variants were kept).</summary>
    OnlyOnPages,
}
