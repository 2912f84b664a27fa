# CPython twin of words.go: the same strings/maps/slices workload.
words = ("the quick brown fox jumps over the lazy dog while seven "
         "curious cats watch from a sunny window and dream of fish").split()
parts = []
seed = 42
for i in range(300000):
    seed = (seed * 1664525 + 1013904223) & 0xFFFFFFFF
    parts.append(words[(seed >> 16) % len(words)])
    parts.append(' ')
text = ''.join(parts)
counts = {}
for w in text.split():
    k = w[:1].upper() + w[1:]
    counts[k] = counts.get(k, 0) + 1
keys = sorted(counts, key=lambda k: (-counts[k], k))
for k in keys[:5]:
    print(k, counts[k])
parts = []
for i in range(200000):
    parts.append(str(i % 997))
joined = ','.join(parts)
print(len(joined), joined.count('7'), len(joined.split(',')))
