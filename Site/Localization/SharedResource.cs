[assembly: Microsoft.Extensions.Localization.RootNamespace("CommunityVoice.Site")]

namespace CommunityVoice.Site;

/// <summary>Marker for the site's UI strings: <c>Resources/SharedResource.es.resx</c> holds the Spanish; the English is the key.</summary>
public sealed class SharedResource;
