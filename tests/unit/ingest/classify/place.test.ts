import { describe, expect, it } from 'vitest';
import { resolvePlace, shortName } from '../../../../src/ingest/classify/place.ts';
import { projectContext } from '../../helpers/context.ts';
import { seedArticle } from '../../helpers/seed-articles.ts';
import { articleText } from '../../../../src/ingest/classify/article-text.ts';

const { gazetteer } = projectContext();
const place = (body: string, byline?: string) => resolvePlace({ head: '', byline, body }, gazetteer).place;

describe('resolvePlace on seed fragments', () => {
  it('resolves 疏勒县 to Xinjiang, Kashgar prefecture, code 653122', () => {
    expect(place('疏勒县被中组部确定为援疆干部任县委书记试点县以来，全县各族干部群众团结一心')).toEqual({
      name: '疏勒县',
      province: '新疆维吾尔自治区',
      code: '653122',
    });
    expect(gazetteer.byCode.get('653122')?.parent?.name).toBe('喀什地区');
  });

  it('resolves 陆良县 to Yunnan (曲靖)', () => {
    const p = place('2024年以来，陆良县的人大宣传工作在陆良县委的领导下、在市人大常委会的指导下');
    expect(p).toEqual({ name: '陆良县', province: '云南省', code: '530322' });
    expect(gazetteer.byCode.get('530322')?.parent?.name).toBe('曲靖市');
  });

  it('resolves two prefectures of one province (昆明、楚雄) to the province', () => {
    expect(place('最近，胡锦涛总书记到我省昆明、楚雄等地，就经济社会发展、民族工作进行考察')).toEqual({
      name: '云南省',
      province: '云南省',
      code: '53',
    });
  });

  it('resolves 银川 (with 市) to Ningxia', () => {
    expect(place('在我乡的各级人大代表共70人，其中：区人大代表1人，银川市人大代表2人')?.province).toBe('宁夏回族自治区');
    expect(place('学习银川的经验')).toEqual({ name: '银川市', province: '宁夏回族自治区', code: '6401' });
  });

  it('resolves every seed article that names a county or city to its province', () => {
    const cases: [string, number, string, Parameters<typeof seedArticle>[2]?][] = [
      ['003', 1, '新疆维吾尔自治区'],
      ['003', 3, '宁夏回族自治区'],
      ['003', 4, '江苏省'],
      ['004', 4, '云南省'],
      ['001', 1, '四川省'],
    ];
    for (const [prefix, ordinal, province] of cases) {
      const a = seedArticle(prefix, ordinal);
      const t = articleText(a);
      expect(resolvePlace({ head: t.head, byline: a.byline, body: t.body }, gazetteer).place?.province, `${prefix}-${ordinal}`).toBe(province);
    }
  });
});

describe('resolvePlace on ambiguous and generic names', () => {
  it('leaves a name shared by several divisions unresolved, with a note', () => {
    const result = resolvePlace({ head: '', body: '朝阳区人大常委会召开会议' }, gazetteer);
    expect(result.place).toBeUndefined();
    expect(result.notes.join()).toMatch(/朝阳区.*同名/u);
  });

  it('reads a name shared by a province and its own prefecture as the province', () => {
    expect(place('吉林人大')).toEqual({ name: '吉林省', province: '吉林省', code: '22' });
    expect(place('吉林省吉林市人大')?.code).toBe('2202');
  });

  it('disambiguates a shared name by a co-occurring one', () => {
    expect(place('北京市朝阳区人大常委会召开会议')?.code).toBe('110105');
    expect(place('辽宁省朝阳市朝阳县人大')?.province).toBe('辽宁省');
  });

  it('disambiguates by a sibling under the same prefecture (市中区 next to 资中县)', () => {
    expect(place('市中区委、资中县政府、隆昌县人大常委会作了发言')).toEqual({ name: '内江市', province: '四川省', code: '5110' });
  });

  it('never reads generic words or stock phrases as places', () => {
    expect(place('全市各级人大，市、县、乡三级人大代表，城关镇人大主席团')).toBeUndefined();
    expect(place('为实现跨越式发展和长治久安发挥重要作用，向各位来宾表示欢迎')).toBeUndefined();
    expect(place('加大惠民资金投入，市和县两级人大联动')).toBeUndefined();
  });

  it('reads a bare county short name or two-character county only with a related name', () => {
    expect(place('陆良的人大宣传工作')).toBeUndefined();
    expect(place('云南陆良的人大宣传工作')?.code).toBe('530322');
    expect(place('马鞍山市和县人大常委会')?.code).toBe('340523');
  });

  it('reads a two-character county that opens an organ name as a place, not one inside a phrase', () => {
    expect(place('', '歙县人大常委会')).toEqual({ name: '歙县', province: '安徽省', code: '341021' });
    expect(place('', '歙县某镇人大主席团')?.code).toBe('341021');
    expect(place('各市和县人大常委会要加强联系')).toBeUndefined();
  });

  it('takes the place of the signing organ over places the body mentions', () => {
    const body = '学习疏勒县的经验，疏勒县人大常委会创新工作思路，疏勒县乡镇人大作用明显。';
    expect(place(body, '陆良县人大常委会')?.code).toBe('530322');
    expect(place(body)?.code).toBe('653122');
  });
});

describe('shortName', () => {
  it('strips unit and autonomy suffixes', () => {
    expect(['楚雄彝族自治州', '新疆维吾尔自治区', '喀什地区', '陆良县', '云南省', '广西壮族自治区'].map(shortName)).toEqual([
      '楚雄',
      '新疆',
      '喀什',
      '陆良',
      '云南',
      '广西',
    ]);
    expect(shortName('和县')).toBeUndefined();
  });
});
