using System.Numerics.Tensors;

namespace CommunityVoice.Core.Clustering;

/// <summary>SIMD helpers over float vectors (System.Numerics.Tensors).</summary>
public static class VectorMath
{
    public static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b) => TensorPrimitives.Dot(a, b);

    public static double SquaredDistance(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var d = TensorPrimitives.Distance(a, b);
        return (double)d * d;
    }

    public static float[] Normalized(float[] v)
    {
        var norm = TensorPrimitives.Norm(v);
        if (norm == 0 || float.IsNaN(norm)) return v;
        var result = new float[v.Length];
        TensorPrimitives.Divide(v, norm, result);
        return result;
    }

    public static float Cosine(ReadOnlySpan<float> a, ReadOnlySpan<float> b) => TensorPrimitives.CosineSimilarity(a, b);
}
