/**
 * Chinese names in Han characters, read the two ways lists and customers write them in Latin
 * script:
 * - syllable by syllable in Hanyu Pinyin (pinyin-pro, which knows the readings of polyphonic
 *   characters in common words: 重庆 is Chongqing, not "Zhongqing");
 * - for organisations, as their registered English names are formed: the generic words of a
 *   company name translated (技术 → technology, 有限公司 → Co., Ltd.), and the distinctive part
 *   (brand, place) written as one pinyin word per run of characters (华为 → Huawei,
 *   深圳市 → Shenzhen). A brand is one word in its English name, not two syllables, so "华为"
 *   is compared as "huawei" and never matches a listed "HUA" on one syllable.
 *
 * The word table is ours (common company-name vocabulary with the English word registries
 * use for it); extend it when a list shows a new one.
 */
import { pinyin } from 'pinyin-pro';

/** Generic company-name words and their usual English rendering, longest first when matched. */
const ORG_WORDS: Record<string, string> = {
  股份有限公司: 'co ltd',
  有限责任公司: 'co ltd',
  有限公司: 'co ltd',
  集团公司: 'group corporation',
  公司: 'company',
  集团: 'group',
  控股: 'holdings',
  技术: 'technology',
  科技: 'technology',
  电子: 'electronics',
  通信: 'communication',
  信息: 'information',
  系统: 'systems',
  计算机: 'computer',
  网络: 'network',
  软件: 'software',
  航天: 'aerospace',
  航空: 'aviation',
  工业: 'industries',
  科工: 'science industry',
  贸易: 'trading',
  国际: 'international',
  科学: 'science',
  工程: 'engineering',
  半导体: 'semiconductor',
  智能: 'intelligent',
  设备: 'equipment',
  仪器: 'instrument',
  材料: 'materials',
  能源: 'energy',
  化工: 'chemical',
  机械: 'machinery',
  物流: 'logistics',
  投资: 'investment',
  发展: 'development',
  研究所: 'research institute',
  研究院: 'research institute',
  研究: 'research',
  大学: 'university',
  学院: 'institute',
  中心: 'center',
  实验室: 'laboratory',
  超级计算: 'supercomputing',
  计算: 'computing',
  云: 'cloud',
  终端: 'device',
  数字: 'digital',
  光电: 'optoelectronics',
  精密: 'precision',
  制造: 'manufacturing',
  船舶: 'shipbuilding',
  重工: 'heavy industry',
  兵器: 'ordnance',
  核: 'nuclear',
  国防: 'national defense',
  中国: 'china',
  北京: 'beijing',
  上海: 'shanghai',
};
const WORDS = Object.keys(ORG_WORDS).sort((a, b) => b.length - a.length);
/** Administrative suffixes that end a place name (深圳市 → Shenzhen): dropped. */
const PLACE_SUFFIX = new Set(['市', '省', '区', '县']);

const HAN = /[\u4E00-\u9FFF\u3400-\u4DBF\uF900-\uFAFF]/;

/** Syllable-by-syllable pinyin of Han characters; other characters kept as they are. */
export function pinyinSyllables(text: string): string {
  return pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive' }).join(' ').replace(/\s+/g, ' ').trim();
}

/** The registered-English-name reading of a Han organisation name. */
export function chineseOrganisationReading(text: string): string {
  const out: string[] = [];
  let run = '';
  const flush = () => {
    if (run) out.push(pinyin(run, { toneType: 'none', type: 'array' }).join(''));
    run = '';
  };
  for (let i = 0; i < text.length;) {
    const word = WORDS.find((w) => text.startsWith(w, i));
    if (word) {
      flush();
      out.push(ORG_WORDS[word]!);
      i += word.length;
      continue;
    }
    const ch = text[i]!;
    if (PLACE_SUFFIX.has(ch) && run) {
      flush();
    } else if (HAN.test(ch)) run += ch;
    else {
      flush();
      if (ch.trim()) out.push(ch);
    }
    i++;
  }
  flush();
  return out.join(' ').replace(/\s+/g, ' ').trim();
}
