// Baseline for the HTTP benchmark (bench/http/run.sh): Kestrel with one endpoint and nothing else.
var builder = WebApplication.CreateSlimBuilder(args);

var app = builder.Build();
app.MapGet("/", () => "Hello World!");
app.Run();
