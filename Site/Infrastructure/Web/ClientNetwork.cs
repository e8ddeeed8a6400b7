using System.Net;
using System.Net.Sockets;

namespace CommunityVoice.Site.Infrastructure.Web;

/// <summary>
/// Who a request comes from, for rate limits and anonymous "me too": the IPv4 address, or the /64 network of an
/// IPv6 address (one household or phone is given a whole /64, so counting single IPv6 addresses would let one
/// client count again and again).
/// </summary>
public static class ClientNetwork
{
    public static string Of(HttpContext context) => Of(context.Connection.RemoteIpAddress);

    public static string Of(IPAddress? address)
    {
        if (address is null) return "unknown";
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (address.AddressFamily != AddressFamily.InterNetworkV6) return address.ToString();
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }
}
