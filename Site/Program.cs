using CommunityVoice.Site.Hosting;
using CommunityVoice.Site.Infrastructure.Data;
using CommunityVoice.Site.Infrastructure.Staff;

var builder = WebApplication.CreateBuilder(args);
builder.AddCommunityVoice();

var app = builder.Build();
await app.MigrateDatabaseAsync();
if (await StaffCommand.TryRunAsync(app, args)) return;
app.UseCommunityVoice();
app.MapCommunityVoice();
app.Run();

public partial class Program;
