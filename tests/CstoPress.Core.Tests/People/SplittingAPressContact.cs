namespace CstoPress.Core.Tests.People;

public class SplittingAPressContact
{
    private static PressContact Merged() => new() { Id = 3, Name = "Vladimir Zainullin", NameVariants = ["V. Zainullin", "Vadim Zaynulin"] };

    private static readonly Dictionary<string, int> Signed = new()
    {
        ["Vladimir Zainullin"] = 4, ["V. ZAINULLIN"] = 1, ["Vadim Zaynulin"] = 2, ["Vadim Zaynullin"] = 1,
    };

    [Fact]
    public void TheSpellingsAreListedWithThePublicationsSignedEach()
    {
        var spellings = PressContactSplit.SpellingsOf(Merged(), Signed);

        Assert.Equal(
        [
            new SpellingUse("Vladimir Zainullin", 4, SpellingStanding.CatalogName),
            new SpellingUse("V. Zainullin", 1, SpellingStanding.Variant),
            new SpellingUse("Vadim Zaynulin", 2, SpellingStanding.Variant),
            new SpellingUse("Vadim Zaynullin", 1, SpellingStanding.OnlyOnPages),
        ], spellings);
    }

    [Fact]
    public void TheChosenSpellingsComeInTheContactsOrder()
    {
        var contact = Merged();

        var (chosen, problem) = PressContactSplit.Choose(contact, PressContactSplit.SpellingsOf(contact, Signed), ["vadim zaynullin", "Vadim Zaynulin"], 0);

        Assert.Null(problem);
        Assert.Equal(["Vadim Zaynulin", "Vadim Zaynullin"], chosen);
    }

    [Theory]
    [InlineData(new string[0], 0, "Choose at least one spelling")]
    [InlineData(new[] { "Somebody Else" }, 0, "is not a spelling of Vladimir Zainullin")]
    [InlineData(new[] { "Vladimir Zainullin" }, 0, "the contact's own name")]
    [InlineData(new[] { "V. Zainullin" }, 3, "Choose a new contact or another one")]
    public void ABadChoiceIsRefusedWithTheReason(string[] chosen, int intoId, string reason)
    {
        var contact = Merged();

        var (spellings, problem) = PressContactSplit.Choose(contact, PressContactSplit.SpellingsOf(contact, Signed), chosen, intoId);

        Assert.Empty(spellings);
        Assert.Contains(reason, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void ANewContactIsNamedAfterTheFirstSpellingWithTheNewestPagesDetails()
    {
        var contact = PressContactSplit.NewContact(["Vadim Zaynulin", "Vadim Zaynullin"], new ContactSnapshot { Name = "Vadim Zaynulin", Phone = "+375 17 000-00-00" });

        Assert.Equal("Vadim Zaynulin", contact.Name);
        Assert.Equal(["Vadim Zaynullin"], contact.NameVariants);
        Assert.Equal("+375 17 000-00-00", contact.Phone);
    }

    [Fact]
    public void ThePublicationsMovingAreThoseSignedWithASpellingSplitOff() =>
        Assert.Equal(["Vadim Zaynulin", "VADIM ZAYNULIN"],
            PressContactSplit.SignedNamesMoving(["Vladimir Zainullin", "Vadim Zaynulin", "VADIM ZAYNULIN"], ["Vadim Zaynulin"]));
}
