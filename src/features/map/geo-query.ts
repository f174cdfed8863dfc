/**
 * The map's geometry, fetched when the map is drawn (never part of the JS bundle): public/geo/index.json and one
 * TopoJSON file per prefecture, written by `npm run data:geo`. Relative URLs, so the app works under any base.
 * Bundled files never change while the page is open: staleTime Infinity.
 */
import { queryOptions } from '@tanstack/react-query';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { CountyProperties, GeoIndex } from './map-model';

export type CountyTopology = Topology<{ counties: GeometryCollection<CountyProperties> }> & {
  key: string;
  name: string;
};

export const geoUrl = (file: string) => `./geo/${file}`;

async function getJson(file: string): Promise<unknown> {
  const url = geoUrl(file);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json();
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

export const geoIndexQuery = queryOptions({
  queryKey: ['geo', 'index'],
  queryFn: async () => {
    const data = await getJson('index.json');
    if (!isObject(data) || !isObject(data.counties) || !isObject(data.files))
      throw new Error(`${geoUrl('index.json')}: not a geometry index`);
    return data as GeoIndex;
  },
  staleTime: Infinity,
});

export const geoFileQuery = (key: string) =>
  queryOptions({
    queryKey: ['geo', 'file', key],
    queryFn: async () => {
      // Keys come from the index; a key that is not a division code is never put into a URL.
      if (!/^\d{4,6}$/.test(key)) throw new Error(`not a geometry file key: ${key}`);
      const data = await getJson(`${key}.json`);
      if (!isObject(data) || data.type !== 'Topology' || !isObject(data.objects) || !data.objects.counties)
        throw new Error(`${geoUrl(`${key}.json`)}: not a TopoJSON file of counties`);
      return data as unknown as CountyTopology;
    },
    staleTime: Infinity,
  });
