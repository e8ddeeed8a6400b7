using CommunityVoice.Site.Hosting;
using CommunityVoice.Site.Infrastructure.Data;

var builder = WebApplication.CreateBuilder(args);
builder.AddCommunityVoice();

var app = builder.Build();
await app.MigrateDatabaseAsync();
app.UseCommunityVoice();
app.MapCommunityVoice();
app.Run();

public partial class Program;
