using CommunityVoice.Core.Email;
using CommunityVoice.Site.Infrastructure.Email;
using CommunityVoice.Tests.Support;
using MimeKit;

namespace CommunityVoice.Tests.Web.Email;

public sealed class PickupEmailSenderTests : IDisposable
{
    readonly TempFolder folder = new();

    string Outbox => Path.Combine(folder.Path, "outbox");

    PickupEmailSender Sender() => new(Outbox, new EmailOptions { From = "Community Voice <voice@cdo.example.gov>" });

    static EmailMessage Message() => new(
        Guid.Parse("0f6a3c1d-2b4e-4f50-9a61-7c8d9e0f1a2b"),
        "ana.garcia@example.org",
        "Gracias por su propuesta: ¿qué pasará ahora? Año de datos abiertos",
        "Hola: recibimos su propuesta sobre datos de vivienda. Le contaremos qué pasa con ella.",
        "<p>Hola: recibimos su propuesta sobre <strong>datos de vivienda</strong>. Le contaremos qué pasa con ella.</p>",
        "es");

    [Fact]
    public async Task AnEmailBecomesAnEmlFileThatAMailClientReadsBackInTheResidentsLanguage()
    {
        var message = Message();

        var result = await Sender().SendAsync(message, CancellationToken.None);

        var sent = Assert.IsType<EmailSendResult.Sent>(result);
        var file = Assert.Single(Directory.GetFiles(Outbox));
        Assert.Equal(Path.GetFileName(file), sent.ProviderMessageId);
        Assert.Matches($@"^\d{{14}}-{message.Id:D}\.eml$", Path.GetFileName(file));

        var mime = await MimeMessage.LoadAsync(file);
        Assert.Equal(message.Subject, mime.Subject);
        Assert.Equal("voice@cdo.example.gov", Assert.Single(mime.From.Mailboxes).Address);
        Assert.Equal("Community Voice", Assert.Single(mime.From.Mailboxes).Name);
        Assert.Equal(message.To, Assert.Single(mime.To.Mailboxes).Address);
        Assert.Equal($"{message.Id:D}@cdo.example.gov", mime.MessageId);
        Assert.Equal(message.TextBody, mime.TextBody?.TrimEnd());
        Assert.Equal(message.HtmlBody, mime.HtmlBody?.TrimEnd());
        var alternative = Assert.IsType<MultipartAlternative>(mime.Body);
        Assert.Equal("es", alternative.Headers[HeaderId.ContentLanguage]);
        // Every line 7-bit: the Spanish survives any relay the file is handed to.
        Assert.All(await File.ReadAllBytesAsync(file), b => Assert.True(b < 128));
    }

    [Fact]
    public async Task SendingTheSameEmailAgainWritesNoSecondFile()
    {
        var first = await Sender().SendAsync(Message(), CancellationToken.None);
        var again = await Sender().SendAsync(Message(), CancellationToken.None);

        Assert.Equal(first, again);
        Assert.Single(Directory.GetFiles(Outbox));
    }

    [Fact]
    public async Task TwoEmailsLeaveTwoFilesAndNoTemporaryOnes()
    {
        await Sender().SendAsync(Message(), CancellationToken.None);
        await Sender().SendAsync(Message() with { Id = Guid.NewGuid() }, CancellationToken.None);

        var files = Directory.GetFiles(Outbox, "*", new EnumerationOptions { AttributesToSkip = 0 });
        Assert.Equal(2, files.Length);
        Assert.All(files, f => Assert.EndsWith(".eml", f));
    }

    [Fact]
    public async Task AnOutboxThatCannotBeWrittenKeepsTheEmailForLater()
    {
        File.WriteAllText(Outbox, "a file where the outbox folder should be");

        var result = await Sender().SendAsync(Message(), CancellationToken.None);

        Assert.IsType<EmailSendResult.RetryLater>(result);
    }

    [Fact]
    public async Task ARecipientThatIsNotAnAddressFailsAndWritesNothing()
    {
        var result = await Sender().SendAsync(Message() with { To = "not an address" }, CancellationToken.None);

        Assert.IsType<EmailSendResult.Failed>(result);
        Assert.False(Directory.Exists(Outbox) && Directory.EnumerateFileSystemEntries(Outbox).Any());
    }

    public void Dispose() => folder.Dispose();
}
