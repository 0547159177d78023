using CstoPress.Core.Import;
using CstoPress.Core.People;

namespace CstoPress.Core.Tests.Import;

public class ReadingTheSignature
{
    [Fact]
    public void TheSignatureBecomesThePressContactAndLeavesTheBody()
    {
        var page = ArchiveFixtures.PageFromBatch("news-with-signature.txt");

        Assert.Equal(new PressSignature("Ilya Zaynullin", "CSTO Press Secretary", "+7 495 000-12-34", null), page.Signature);
        Assert.DoesNotContain("Press Secretary", page.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void TheSamePressSecretarySpelledThreeWaysIsOneContact()
    {
        var directory = new PressContactDirectory([]);
        var first = directory.Resolve(ArchiveFixtures.PageFromBatch("news-with-signature.txt").Signature!);
        var second = directory.Resolve(ArchiveFixtures.PageFromBatch("signature-spelled-differently.txt").Signature!);
        var russian = directory.Resolve(ArchiveFixtures.PageFromBatch("russian-statement.txt").Signature!);

        var contact = Assert.Single(directory.Contacts);
        Assert.Same(contact, first);
        Assert.Same(contact, second);
        Assert.Same(contact, russian);
        Assert.Equal("Ilya Zaynullin", contact.Name);
        Assert.Equal(["I. Zainullin", "Илья Зайнуллин"], contact.NameVariants);
        Assert.Equal("+7 495 000-12-34", contact.Phone);
        Assert.Equal("press@example.org", contact.Email);
    }

    [Fact]
    public void AKnownContactIsFoundByAVariantOfTheName()
    {
        var known = new PressContact { Id = 7, Name = "Ilya Zainullin", Phone = "+7 495 000-12-34" };
        var directory = new PressContactDirectory([known]);

        var found = directory.Resolve(new PressSignature("I. Zaynullin", null, "8-495-000-12-34", null));

        Assert.Same(known, found);
    }

    [Fact]
    public void ADifferentPersonIsADifferentContact()
    {
        var directory = new PressContactDirectory([new PressContact { Name = "Ilya Zaynullin" }]);

        directory.Resolve(new PressSignature("Maria Demonstrova", "Press Secretary", null, null));

        Assert.Equal(2, directory.Contacts.Count);
    }

    [Theory]
    [InlineData("+7495-000-12-34 -tel")]
    [InlineData("+7 (495) 000 12 34")]
    [InlineData("8 (495) 000-12-34")]
    public void AMoscowPhoneIsWrittenOneWay(string typed)
    {
        Assert.Equal("+7 495 000-12-34", PressSignature.NormalizePhone(typed));
    }
}
