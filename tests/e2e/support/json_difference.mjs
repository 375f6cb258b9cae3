// Names the first place two JSON texts differ, so a byte mismatch says what to look at.

/** "sales.overall.deals: 1281 vs 1287", or a byte offset when both parse to the same value. */
export function jsonDifference(leftText, rightText) {
  let left;
  let right;
  try {
    left = JSON.parse(leftText);
    right = JSON.parse(rightText);
  } catch (error) {
    return `not both JSON (${error.message})`;
  }
  const found = walk(left, right, '$');
  if (found) return found;
  let i = 0;
  while (i < leftText.length && leftText[i] === rightText[i]) i++;
  return `same values, different bytes from offset ${i}: ${JSON.stringify(leftText.slice(i, i + 40))} vs ${JSON.stringify(rightText.slice(i, i + 40))}`;
}

function walk(a, b, where) {
  if (typeof a !== typeof b || Array.isArray(a) !== Array.isArray(b) || (a === null) !== (b === null)) {
    return `${where}: ${short(a)} vs ${short(b)}`;
  }
  if (typeof a !== 'object' || a === null) return Object.is(a, b) ? null : `${where}: ${short(a)} vs ${short(b)}`;
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  for (const key of keys) {
    if (!(key in a) || !(key in b)) return `${where}.${key}: ${key in a ? 'only in the first' : 'only in the second'}`;
    const found = walk(a[key], b[key], Array.isArray(a) ? `${where}[${key}]` : `${where}.${key}`);
    if (found) return found;
  }
  return null;
}

function short(value) {
  const text = JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
