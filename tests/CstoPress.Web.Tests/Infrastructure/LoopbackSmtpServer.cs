using System.Buffers;
using System.Collections.Concurrent;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.Mail;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace CstoPress.Web.Tests.Infrastructure;

/// <summary>
/// A real SMTP server (the SmtpServer package) on a loopback port of its own, inside the test process: the portal
/// sends to it through MailKit as it would to any server. It can be stopped and started again on the same port,
/// and told to refuse addresses for good (550), as a mail server does for a mailbox that does not exist.
/// </summary>
public sealed class LoopbackSmtpServer : IAsyncDisposable
{
    private readonly ConcurrentQueue<MimeMessage> _received = new();
    private readonly ConcurrentDictionary<string, bool> _refused = new(StringComparer.OrdinalIgnoreCase);
    private SmtpServer.SmtpServer? _server;
    private CancellationTokenSource? _stopping;
    private Task? _running;
    private int _connections;

    public int Port { get; } = FreePort();

    public IReadOnlyList<MimeMessage> Received => _received.ToList();

    /// <summary>How many SMTP sessions (connections) clients opened since the server first started.</summary>
    public int Connections => Volatile.Read(ref _connections);

    public IReadOnlyList<MimeMessage> MessagesTo(string address) =>
        _received.Where(m => m.To.Mailboxes.Any(box => string.Equals(box.Address, address, StringComparison.OrdinalIgnoreCase))).ToList();

    /// <summary>Answers RCPT TO for this address with 550, a permanent refusal.</summary>
    public void Refuse(string address) => _refused[address] = true;

    public void Start()
    {
        var options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(endpoint => endpoint.Endpoint(new IPEndPoint(IPAddress.Loopback, Port)))
            .Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new Store(_received));
        services.Add(new Filter(_refused));
        _server = new SmtpServer.SmtpServer(options, services);
        _server.SessionCreated += (_, _) => Interlocked.Increment(ref _connections);
        _stopping = new CancellationTokenSource();
        _running = _server.StartAsync(_stopping.Token);
    }

    public async Task StopAsync()
    {
        if (_server is null)
        {
            return;
        }

        _server.Shutdown();
        await _stopping!.CancelAsync();
        try
        {
            await _running!;
        }
        catch (OperationCanceledException)
        {
            // What stopping it means.
        }

        _stopping.Dispose();
        _server = null;
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed class Store(ConcurrentQueue<MimeMessage> received) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer,
            CancellationToken cancellationToken)
        {
            await using var stream = new MemoryStream(buffer.ToArray());
            received.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
            return SmtpResponse.Ok;
        }
    }

    private sealed class Filter(ConcurrentDictionary<string, bool> refused) : IMailboxFilter
    {
        public Task<bool> CanAcceptFromAsync(ISessionContext context, IMailbox from, int size, CancellationToken cancellationToken) => Task.FromResult(true);

        public Task<bool> CanDeliverToAsync(ISessionContext context, IMailbox to, IMailbox from, CancellationToken cancellationToken) =>
            refused.ContainsKey($"{to.User}@{to.Host}")
                ? throw new SmtpResponseException(new SmtpResponse((SmtpReplyCode)550, "5.1.1 No such mailbox here"))
                : Task.FromResult(true);
    }
}
