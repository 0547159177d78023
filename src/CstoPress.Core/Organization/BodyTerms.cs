namespace CstoPress.Core.Organization;

/// <summary>
/// The rules of a body's periods: one chairing State at a time, and one representative of a State at a
/// time, so that "who chaired on that day" always has a single answer.
/// </summary>
public static class BodyTerms
{
    public static MemberState? ChairOn(this OrganizationBody body, DateOnly day) =>
        body.Chairmanships.FirstOrDefault(c => c.Covers(day))?.State;

    public static void AddChairmanship(this OrganizationBody body, BodyChairmanship chairmanship)
    {
        RequireOrdered(chairmanship.From, chairmanship.To);
        if (body.Chairmanships.Any(c => Overlap(c.From, c.To, chairmanship.From, chairmanship.To)))
        {
            throw new RegisterRuleException("Another State chairs the body during part of this period.");
        }

        body.Chairmanships.Add(chairmanship);
    }

    public static void AddRepresentative(this OrganizationBody body, BodyRepresentative representative)
    {
        RequireOrdered(representative.From, representative.To);
        if (body.Representatives.Any(r => r.State == representative.State && Overlap(r.From, r.To, representative.From, representative.To)))
        {
            throw new RegisterRuleException("The State already has a representative in the body during part of this period.");
        }

        body.Representatives.Add(representative);
    }

    /// <summary>The representatives on a day, one per State, in the States' order.</summary>
    public static IReadOnlyList<BodyRepresentative> RepresentativesOn(this OrganizationBody body, DateOnly day) =>
        [.. body.Representatives.Where(r => r.Covers(day)).OrderBy(r => r.State)];

    private static void RequireOrdered(DateOnly from, DateOnly? to)
    {
        if (to < from)
        {
            throw new RegisterRuleException("A period cannot end before it begins.");
        }
    }

    private static bool Overlap(DateOnly aFrom, DateOnly? aTo, DateOnly bFrom, DateOnly? bTo) =>
        aFrom <= (bTo ?? DateOnly.MaxValue) && bFrom <= (aTo ?? DateOnly.MaxValue);
}
