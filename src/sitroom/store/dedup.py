"""Near-duplicate stories: MinHash signatures of word shingles and LSH band keys.

Syndicated copies and wire rewrites of one story (new headline, dateline, boilerplate, a few
edited or reordered sentences, a cut paragraph) share most of their word 4-grams; different
stories about the same event (same actors, place, day) share few. The store keeps, per document,
a MinHash signature and its LSH band keys, so a new text is checked against everything stored
by an SQL lookup of its band keys, then verified by the estimated Jaccard similarity and by
`distinct_incidents` (templated agency copy: other place/day/toll in the same words).

Texts are normalised first (`shingle_words`): leading dateline and trailing outlet boilerplate
dropped, lower case, punctuation and whitespace folded; the headline is not part of the text.

Everything works on whole batches with numpy: all words of a chunk of texts are hashed at once
(a polynomial over their bytes from prefix sums), shingle hashes are combined column-wise, and
the min over shingles is an `np.minimum.reduceat` per cache-sized block of texts. The
permutations are datasketch's ``affine32`` scheme (fmix32 pre-mix, ``a * h + b`` mod 2**32,
min), so a signature equals ``datasketch.MinHash(num_perm, seed, scheme="affine32")`` fed the
same shingle hashes (the tests pin this), ~10x faster than `MinHash.bulk` on the same texts.
Settings and the threshold were chosen on `benchmarks/dedup.py`.
"""
from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from typing import Callable, Sequence

import numpy as np
from datasketch import MinHash

DEFAULT_THRESHOLD = 0.6  # estimated Jaccard of 4-gram sets; chosen on benchmarks/dedup.py
DEFAULT_NUM_PERM = 128
DEFAULT_SHINGLE_SIZE = 4
DEFAULT_BANDS = 32  # 32 bands x 4 rows: candidate probability 0.99 at J=0.6, 0.05 at J=0.2
DEFAULT_MIN_WORDS = 40  # shorter texts have too few shingles for a stable estimate
MARKER_TOLERANCE = 0.2  # see `distinct_incidents`
# At or above this the texts differ by a word or two (a corrected figure): one story, and the
# incident-marker guard is skipped (it is also the costly part of the check).
SAME_TEXT_SIMILARITY = 0.95
_SEED = 1
_NORMALISATION_VERSION = 1  # bump when `shingle_words` changes: stored signatures get rebuilt
_CHUNK_CHARS = 1 << 20  # texts hashed together: ~1 MB of text per numpy pass
_BLOCK = 8192  # shingles per permutation block: 128 x 8192 uint32 = 4 MB, cache-sized

# A dateline opening the story: "BAGHDAD (Wire) —", "BASRA, Iraq, March 25 (AP) --",
# "Basra (Tigris Wire) -". Either an upper-case place or a parenthesised agency is required,
# so an ordinary first sentence with a dash is left alone.
_DASH = r"(?:—|–|--?)"
_DATELINE = re.compile(
    r"^\s*(?:"
    rf"[A-Z][A-Z'.\-]+(?:\s+[A-Z][A-Z'.\-]+){{0,3}}(?:,[^\n()—–]{{1,40}}?)?\s*(?:\([^()\n]{{1,40}}\))?\s*{_DASH}"
    rf"|[A-Z][\w'.\-]*(?:\s+[A-Z][\w'.\-]*){{0,3}}(?:,[^\n()—–]{{1,40}}?)?\s*\([^()\n]{{1,40}}\)\s*{_DASH}"
    r")\s*")

# Trailing lines that belong to the outlet, not the story.
_BOILERPLATE_LINE = re.compile(
    r"^\W*(?:(?:additional\s+)?(?:reporting|writing|editing|compiled|contributed)\s+(?:by|from)\b"
    r"|©|\(c\)\s|copyright\b|all rights reserved"
    r"|click here|read more|read the full|more on this|related(?:\s+(?:stories|coverage|articles))?\s*:"
    r"|follow (?:us|@)|sign up\b|subscribe\b|share this|this (?:story|article|report) (?:was|has been|first)"
    r"|advertisement\b|source:)",
    re.IGNORECASE)
_WORD = re.compile(r"\w+")
# The same words as `_WORD`, faster: characters outside ASCII that are not word characters
# (dashes, curly quotes) become spaces, then ASCII non-word bytes do through a byte table
# (bytes >= 0x80 are parts of non-ASCII word characters by then and stay).
_NON_ASCII_NON_WORD = re.compile(r"[^\x00-\x7f\w]+")
_ASCII_NON_WORD = bytes(c if c >= 0x80 or chr(c).isalnum() or chr(c) == "_" else 32 for c in range(256))


def strip_story_text(text: str) -> str:
    """The story itself: leading dateline and trailing outlet boilerplate lines removed."""
    lines = text.strip().splitlines()
    while lines and (not lines[-1].strip() or _BOILERPLATE_LINE.match(lines[-1].strip())):
        lines.pop()
    return _DATELINE.sub("", "\n".join(lines), count=1)


def shingle_words(text: str) -> list[str]:
    """Normalised words: story text only, lower case, punctuation and whitespace folded."""
    return _WORD.findall(strip_story_text(text).lower())


def word_hashes(texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """64-bit hashes of the words of `shingle_words(text)` for every text, concatenated in
    order, and each text's word count.

    No Python object per word: the texts' normalised UTF-8 bytes are joined into one buffer
    and every word is hashed at once as a polynomial over its bytes, from prefix sums
    (``(P[end] - P[start]) * B**-start`` mod 2**64; B odd, so it has an inverse).
    """
    parts = [_normalised_bytes(t) for t in texts]
    data = np.frombuffer(b" ".join(parts) + b" ", dtype=np.uint8)
    edges = np.flatnonzero(np.diff((data != 32).view(np.int8), prepend=np.int8(0)))
    starts, ends = edges[0::2], edges[1::2]  # every word ends before the trailing space
    powers, inverse_powers = _powers(len(data) + 1)
    prefix = np.zeros(len(data) + 1, dtype=np.uint64)
    np.cumsum(data * powers[:-1], out=prefix[1:])
    hashes = (prefix[ends] - prefix[starts]) * inverse_powers[starts]
    text_offsets = np.cumsum([0] + [len(part) + 1 for part in parts[:-1]])
    text_of_word = np.searchsorted(text_offsets, starts, side="right") - 1
    return hashes, np.bincount(text_of_word, minlength=len(texts))


_BASE = np.uint64(0x9E3779B97F4A7C15)  # odd
_power_cache: list[np.ndarray] = [np.ones(1, dtype=np.uint64), np.ones(1, dtype=np.uint64)]


def _powers(count: int) -> tuple[np.ndarray, np.ndarray]:
    """B**i and B**-i mod 2**64 for i < count (cached, grown by doubling)."""
    if len(_power_cache[0]) < count:
        size = max(count, 2 * len(_power_cache[0]), 1 << 16)
        inverse = np.uint64(pow(int(_BASE), -1, 1 << 64))
        for slot, base in ((0, _BASE), (1, inverse)):
            steps = np.full(size, base, dtype=np.uint64)
            steps[0] = 1
            _power_cache[slot] = np.cumprod(steps, dtype=np.uint64)  # wraps mod 2**64 by design
    return _power_cache[0][:count], _power_cache[1][:count]


def _normalised_bytes(text: str) -> bytes:
    """The story's words as lower-case UTF-8 separated by spaces (non-word characters → space)."""
    story = strip_story_text(text).lower()
    if not story.isascii():
        story = _NON_ASCII_NON_WORD.sub(" ", story)
    return story.encode("utf-8").translate(_ASCII_NON_WORD)


@dataclass(frozen=True)
class MinHasher:
    """MinHash signatures and LSH band keys of documents' word shingles, computed in batches."""

    num_perm: int = DEFAULT_NUM_PERM
    shingle_size: int = DEFAULT_SHINGLE_SIZE
    bands: int = DEFAULT_BANDS
    min_words: int = DEFAULT_MIN_WORDS
    seed: int = _SEED
    _a: np.ndarray = field(init=False, repr=False, compare=False)
    _b: np.ndarray = field(init=False, repr=False, compare=False)
    _mix: np.ndarray = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.num_perm % self.bands:
            raise ValueError(f"num_perm {self.num_perm} is not a multiple of bands {self.bands}")
        if self.min_words < self.shingle_size:
            raise ValueError(f"min_words {self.min_words} is below the shingle size {self.shingle_size}")
        a, b = MinHash(num_perm=self.num_perm, seed=self.seed, scheme="affine32").permutations
        rng = np.random.RandomState(self.seed)
        # odd 64-bit multipliers: one per shingle position, then one per row of a band
        mix = rng.randint(0, 1 << 62, size=max(self.shingle_size, self.rows) + 1, dtype=np.uint64) * 2 + 1
        object.__setattr__(self, "_a", np.asarray(a, dtype=np.uint32))
        object.__setattr__(self, "_b", np.asarray(b, dtype=np.uint32))
        object.__setattr__(self, "_mix", mix.astype(np.uint64))

    @property
    def rows(self) -> int:
        return self.num_perm // self.bands

    @property
    def scheme(self) -> str:
        """Identifies signatures that can be compared with each other (kept in the store's meta)."""
        return (f"affine32:n{_NORMALISATION_VERSION}:k{self.shingle_size}:p{self.num_perm}"
                f":b{self.bands}:w{self.min_words}:s{self.seed}")

    # ---- shingles --------------------------------------------------------------------
    def shingle_hashes(self, text: str) -> np.ndarray | None:
        """32-bit hashes of the text's word k-grams (in text order), None when too short."""
        words, lengths = word_hashes([text])
        if lengths[0] < self.min_words:
            return None
        return self._shingles(words, lengths)[0]

    def _shingles(self, words: np.ndarray, lengths: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Shingle hashes of several texts' concatenated word hashes (each text >= k words), and
        each text's first shingle position: k-grams that would cross a text boundary are dropped."""
        k = self.shingle_size
        n = len(words) - k + 1
        combined = words[:n] * self._mix[0]
        for j in range(1, k):  # order-sensitive polynomial over k columns; uint64 wraps by design
            combined += words[j:j + n] * self._mix[j]
        text_of_word = np.repeat(np.arange(len(lengths)), lengths)
        inside = text_of_word[:n] == text_of_word[k - 1:]
        starts = np.concatenate(([0], np.cumsum(lengths - (k - 1))[:-1]))
        return (combined[inside] >> np.uint64(32)).astype(np.uint32), starts

    # ---- signatures ------------------------------------------------------------------
    def signatures(self, texts: Sequence[str]) -> list[np.ndarray | None]:
        """One uint32[num_perm] signature per text (None for short texts), in chunks of texts."""
        result: list[np.ndarray | None] = [None] * len(texts)
        max_chars = _CHUNK_CHARS
        start = 0
        while start < len(texts):
            stop, chars = start, 0
            while stop < len(texts) and (stop == start or chars + len(texts[stop]) <= max_chars):
                chars += len(texts[stop])
                stop += 1
            self._fill(result, start, texts[start:stop])
            start = stop
        return result

    def _fill(self, result: list, offset: int, texts: Sequence[str]) -> None:
        words, lengths = word_hashes(texts)
        long_enough = lengths >= self.min_words
        if not long_enough.any():
            return
        words = words[np.repeat(long_enough, lengths)]
        shingles, starts = self._shingles(words, lengths[long_enough])
        for row, signature in zip(np.flatnonzero(long_enough).tolist(), self._minimums(shingles, starts)):
            result[offset + row] = signature

    def _minimums(self, shingles: np.ndarray, starts: np.ndarray) -> np.ndarray:
        """Per text, the min of each permutation over its shingles: (texts, num_perm) uint32.

        Permutations x shingles in blocks of whole texts of ~`_BLOCK` shingles, so the block
        stays in cache between the multiply, the add and the min (~4x faster than one matrix).
        """
        hv = _fmix32(shingles)
        bounds = np.append(starts, len(hv))
        result = np.empty((len(starts), self.num_perm), dtype=np.uint32)
        buffer = np.empty((self.num_perm, _BLOCK), dtype=np.uint32)
        first = 0
        while first < len(starts):
            last = max(first + 1, int(np.searchsorted(bounds, bounds[first] + _BLOCK, side="right")) - 1)
            low, high = int(bounds[first]), int(bounds[last])
            block = buffer[:, :high - low] if high - low <= _BLOCK else np.empty((self.num_perm, high - low), np.uint32)
            np.multiply.outer(self._a, hv[low:high], out=block)
            block += self._b[:, None]  # uint32 wrap = mod 2**32, as datasketch's affine32
            result[first:last] = np.minimum.reduceat(block, starts[first:last] - low, axis=1).T
            first = last
        return result

    def band_keys(self, signatures: np.ndarray) -> np.ndarray:
        """int64 LSH keys, shape (n, bands): one per band, the band's position folded in."""
        rows = signatures.reshape(len(signatures), self.bands, self.rows).astype(np.uint64)
        keys = np.arange(self.bands, dtype=np.uint64)[None, :] * self._mix[-1]
        for j in range(self.rows):
            keys = keys + rows[:, :, j] * self._mix[j]
        return _fmix64(keys).view(np.int64)


def estimated_jaccard(signature: np.ndarray, others: np.ndarray) -> np.ndarray:
    """Share of equal MinHash values: the estimate of the Jaccard similarity of the shingle sets."""
    return (others == signature[None, :]).mean(axis=1)


def signature_bytes(signature: np.ndarray) -> bytes:
    return signature.astype("<u4", copy=False).tobytes()


def _fmix32(hv: np.ndarray) -> np.ndarray:
    """MurmurHash3's 32-bit finalizer, as datasketch applies it before its affine permutations."""
    hv = hv ^ (hv >> np.uint32(16))
    hv = hv * np.uint32(0x85EBCA6B)
    hv = hv ^ (hv >> np.uint32(13))
    hv = hv * np.uint32(0xC2B2AE35)
    return hv ^ (hv >> np.uint32(16))


def _fmix64(hv: np.ndarray) -> np.ndarray:
    hv = hv ^ (hv >> np.uint64(33))
    hv = hv * np.uint64(0xFF51AFD7ED558CCD)
    hv = hv ^ (hv >> np.uint64(33))
    hv = hv * np.uint64(0xC4CEB9FE1A85EC53)
    return hv ^ (hv >> np.uint64(33))


@dataclass(slots=True)
class NearMatch:
    """A new text judged a near-duplicate: of a stored document (`target_id`) or of an earlier
    text of the same batch (`target_row`), with the estimated Jaccard similarity."""

    similarity: float
    target_id: str | None = None
    target_row: int | None = None


def match_batch(rows: Sequence[int], texts: Sequence[str], signatures: np.ndarray, keys: np.ndarray,
                stored_at: np.ndarray, stored_index: np.ndarray, stored_ids: Sequence[str],
                stored_signatures: np.ndarray, stored_texts: Callable[[list[str]], dict[str, str]],
                threshold: float) -> dict[int, NearMatch]:
    """Decide, in batch order, which texts are near-duplicates; returns {row: match}.

    rows: the batch rows of the texts that have a signature (in order); texts, signatures and
    keys (their band keys) are aligned with it. Candidate pair i: the text at position
    stored_at[i] of `rows` shares a band key with the stored document j = stored_index[i]
    (stored_ids[j], signature stored_signatures[j]); `stored_texts(ids)` returns the texts of the
    stored documents that pass the threshold (one call, so only they are read). A text is checked against those and
    against the earlier texts of the batch sharing a band key that were kept (not against
    earlier near-duplicates: a chain of small edits must not drift away from the original).
    A candidate at or above `threshold` (below `SAME_TEXT_SIMILARITY`) is rejected when the
    two texts report different incidents (`distinct_incidents`); the most similar remaining one wins, a stored document on
    ties. Similarities are computed for all candidate pairs at once; only texts with a
    candidate above the threshold are walked in order.
    """
    stored = _above_threshold(stored_at, _pair_similarity(signatures, stored_at, stored_signatures, stored_index),
                              stored_index, threshold)
    wanted = sorted({stored_ids[i] for found in stored.values() for _, i in found})
    markers = _MarkerCache(texts, stored_ids, stored_texts(wanted) if wanted else {})
    later, earlier = colliding_pairs(keys)
    in_batch = _above_threshold(later, _pair_similarity(signatures, later, signatures, earlier), earlier, threshold)
    matched: dict[int, NearMatch] = {}
    for position in sorted(stored.keys() | in_batch.keys()):
        candidates = [(value, 1, -i) for value, i in stored.get(position, ())]
        candidates += [(value, 0, -other) for value, other in in_batch.get(position, ()) if other not in matched]
        for value, is_stored, negated in sorted(candidates, reverse=True):  # most similar, stored, earliest
            other = -negated
            if value < SAME_TEXT_SIMILARITY and distinct_incidents(
                    markers.batch(position), markers.stored(other) if is_stored else markers.batch(other)):
                continue
            matched[position] = (NearMatch(value, target_id=stored_ids[other]) if is_stored
                                 else NearMatch(value, target_row=rows[other]))
            break
    return {rows[position]: match for position, match in matched.items()}


def _pair_similarity(first: np.ndarray, first_at: np.ndarray, second: np.ndarray, second_at: np.ndarray,
                     chunk: int = 1 << 16) -> np.ndarray:
    """Estimated Jaccard of the pairs (first[first_at[i]], second[second_at[i]]), in chunks."""
    result = np.empty(len(first_at), dtype=np.float64)
    for start in range(0, len(first_at), chunk):
        stop = start + chunk
        result[start:stop] = (first[first_at[start:stop]] == second[second_at[start:stop]]).mean(axis=1)
    return result


def _above_threshold(positions: np.ndarray, similarity: np.ndarray, others: np.ndarray,
                     threshold: float) -> dict[int, list[tuple[float, int]]]:
    """{position: [(similarity, other)]} for the pairs at or above the threshold."""
    keep = similarity >= threshold
    found: dict[int, list[tuple[float, int]]] = {}
    for position, value, other in zip(positions[keep].tolist(), similarity[keep].tolist(), others[keep].tolist()):
        found.setdefault(position, []).append((value, other))
    return found


class _MarkerCache:
    """Incident markers of batch texts and stored candidates, computed only when needed."""

    def __init__(self, texts: Sequence[str], stored_ids: Sequence[str], stored_texts: dict[str, str]) -> None:
        self._texts, self._stored_ids, self._stored_texts = texts, stored_ids, stored_texts
        self._batch: dict[int, frozenset[str]] = {}
        self._stored: dict[int, frozenset[str]] = {}

    def batch(self, position: int) -> frozenset[str]:
        if position not in self._batch:
            self._batch[position] = incident_markers(self._texts[position])
        return self._batch[position]

    def stored(self, index: int) -> frozenset[str]:
        if index not in self._stored:
            self._stored[index] = incident_markers(self._stored_texts[self._stored_ids[index]])
        return self._stored[index]


# Words that tell one incident from another in templated agency copy ("A roadside bomb killed
# three soldiers in Kut on Monday ..."): numbers, days, months, and names inside sentences.
_NUMBER_WORDS = frozenset((
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds "
    "thousand thousands dozen dozens").split())
_CALENDAR_WORDS = frozenset((
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december").split())
_MARKER_WORDS = _NUMBER_WORDS | _CALENDAR_WORDS
# A capitalised word after a space that does not follow a sentence end (or an opening quote)
_INNER_CAPITAL = re.compile(r"(?<=[^\s.!?\"'“”‘’)\]])[ \t]+([A-Z]\w*)")
_DIGITS = re.compile(r"\d+")


def incident_markers(text: str) -> frozenset[str]:
    """Numbers, number words, days and months, and capitalised words not opening a sentence
    (lower-cased), in a few regex passes."""
    story = strip_story_text(text)
    found = {word.lower() for word in _INNER_CAPITAL.findall(story)}
    found.update(_DIGITS.findall(story))
    found.update(_MARKER_WORDS.intersection(_WORD.findall(story.lower())))
    return frozenset(found)


def distinct_incidents(first: frozenset[str], second: frozenset[str],
                       tolerance: float = MARKER_TOLERANCE) -> bool:
    """True when each text has its own incident markers (more than `tolerance` of its markers
    missing from the other): another place, day or toll in the same words, as templated
    agency copy has. A rewrite keeps the original's markers or drops some (a cut paragraph),
    rarely both adds and drops many."""
    return (len(first - second) > tolerance * len(first)) and (len(second - first) > tolerance * len(second))


def colliding_pairs(keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(later, earlier) positions of the texts that share at least one band key, each pair once."""
    flat = keys.ravel()
    owner = np.repeat(np.arange(len(keys)), keys.shape[1])
    order = np.argsort(flat, kind="stable")
    flat, owner = flat[order], owner[order]
    same = flat[1:] == flat[:-1]
    if not same.any():
        return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64)
    group = np.concatenate(([0], np.cumsum(~same)))
    sizes = np.bincount(group)
    members = sizes[group] > 1
    pairs: list[tuple[int, int]] = []
    # most shared keys are shared by two texts: their pairs come straight from the neighbours
    twos = np.flatnonzero(same & (sizes[group[1:]] == 2))
    firsts, seconds = owner[twos], owner[twos + 1]
    larger = np.flatnonzero(members & (sizes[group] > 2))
    for _, block in itertools.groupby(larger.tolist(), key=lambda i: int(group[i])):
        texts = sorted(set(owner[list(block)].tolist()))
        pairs += [(b, a) for a, b in itertools.combinations(texts, 2)]
    later = np.concatenate((np.maximum(firsts, seconds), np.array([p[0] for p in pairs], dtype=np.int64)))
    earlier = np.concatenate((np.minimum(firsts, seconds), np.array([p[1] for p in pairs], dtype=np.int64)))
    distinct = later != earlier  # one text can hold the same key twice (two identical bands)
    code = np.unique(later[distinct].astype(np.int64) * len(keys) + earlier[distinct])
    return code // len(keys), code % len(keys)
