import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compareNamePair } from '@dualuse/core/matching';
import { DEFAULT_THRESHOLD } from '@dualuse/core/matching';
import { registerKanjiReader } from '@dualuse/core/matching';
import { loadJapaneseReadings } from './japanese';

test('kanji names are read in Japanese once the dictionary is loaded', async () => {
  registerKanjiReader(null);
  assert.ok(
    (compareNamePair('山田太郎', 'Yamada Taro', 'person')?.score ?? 0) < DEFAULT_THRESHOLD,
    'pinyin alone cannot find it',
  );
  await loadJapaneseReadings();
  assert.ok(compareNamePair('山田太郎', 'Yamada Taro', 'person')!.score >= DEFAULT_THRESHOLD);
  assert.ok(compareNamePair('鈴木一郎', 'Ichiro Suzuki', 'person')!.score >= DEFAULT_THRESHOLD);
  // The pinyin reading is still there for Chinese names written in the same characters.
  assert.ok(compareNamePair('习近平', 'Xi Jinping', 'person')!.score >= DEFAULT_THRESHOLD);
  assert.ok(compareNamePair('山田太郎', 'Suzuki Ichiro', 'person')!.score < DEFAULT_THRESHOLD);
});
