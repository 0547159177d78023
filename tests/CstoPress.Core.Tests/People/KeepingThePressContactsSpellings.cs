namespace CstoPress.Core.Tests.People;

public class KeepingThePressContactsSpellings
{
    private static PressContact Zainullin() => new() { Id = 7, Name = "Vladimir Zainullin", NameVariants = ["V. Zainullin", "В. Зайнуллин"] };

    [Fact]
    public void ARenameKeepsTheFormerNameAsAVariant()
    {
        var contact = Zainullin();

        contact.Edit(new PressContactDetails("Vladimir Zaynullin", "Press Secretary", null, null));

        Assert.Equal("Vladimir Zaynullin", contact.Name);
        Assert.Contains("Vladimir Zainullin", contact.NameVariants);
        Assert.True(contact.IsKnownAs("vladimir  zainullin"));
    }

    [Fact]
    public void TakingAVariantAsTheNameLeavesItOutOfTheVariants()
    {
        var contact = Zainullin();

        contact.Edit(new PressContactDetails("V. Zainullin", null, null, null));

        Assert.DoesNotContain("V. Zainullin", contact.NameVariants);
        Assert.Equal(["В. Зайнуллин", "Vladimir Zainullin"], contact.NameVariants);
    }

    [Fact]
    public void AMergedDuplicatesNamesBecomeVariantsOnce()
    {
        var kept = Zainullin();
        var duplicate = new PressContact { Name = "Zaynullin V.", NameVariants = ["v. zainullin", "Зайнуллин В."] };

        kept.TakeOver(duplicate);

        Assert.Equal(["V. Zainullin", "В. Зайнуллин", "Zaynullin V.", "Зайнуллин В."], kept.NameVariants);
    }

    [Fact]
    public void ReadersSeeTheCatalogNameWithThePrintedDetails()
    {
        var printed = new ContactSnapshot { Name = "V. Zainullin", Post = "Press Secretary", Phone = "+7 495 606-97-71" };

        var shown = printed.UnderCatalogName("Vladimir Zainullin");

        Assert.Equal("Vladimir Zainullin", shown.Name);
        Assert.Equal("+7 495 606-97-71", shown.Phone);
        Assert.Equal("V. Zainullin", printed.Name);
        Assert.True(new ContactSnapshot { Phone = "+7 495 606-97-71" }.UnderCatalogName("Vladimir Zainullin").Name is null);
    }
}
