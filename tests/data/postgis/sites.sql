-- The tables tests/model/tst_postgis.cpp imports, loaded with psql into the throwaway server of
-- scripts/postgis-server.sh. Loading it again starts afresh.
SET client_encoding = 'UTF8';
SET client_min_messages = warning;

DROP TABLE IF EXISTS atlas_sites, atlas_sites_bng;

-- WGS 84, with a Korean name, a NULL GPU count and one row citing a source of its own. The third
-- row's latitude is outside -90…90: the importer must skip it and say so.
CREATE TABLE atlas_sites (
    id text,
    name text,
    name_ko text,
    operator text,
    gpus integer,
    country text,
    source text,
    geom geometry(Point, 4326)
);
INSERT INTO atlas_sites VALUES
    ('loughton', 'Loughton AI campus', NULL, 'Nscale', 23040, 'GB',
     'https://www.nscale.com/press-releases/loughton',
     ST_GeomFromText('POINT(0.085834512 51.661472918)', 4326)),
    ('pangyo', 'Pangyo data centre', '판교 데이터센터', 'Naver Cloud', NULL, 'KR', NULL,
     ST_GeomFromText('POINT(127.108675123 37.401987654)', 4326)),
    ('nowhere', 'Beyond the pole', NULL, 'Nscale', 10, 'GB', NULL,
     ST_GeomFromText('POINT(10 95)', 4326)),
    ('kvandal', 'Stargate Norway', '스타게이트 노르웨이', 'OpenAI', 100000, 'NO', NULL,
     ST_GeomFromText('POINT(17.427391 68.438257)', 4326));

-- British National Grid: PostGIS projects known WGS 84 positions, the importer must bring them
-- back (to within 1e-6°: the two Helmert directions agree to ~1e-8°).
CREATE TABLE atlas_sites_bng (
    id text,
    name text,
    operator text,
    gpus integer,
    country text,
    geom geometry(Point, 27700)
);
INSERT INTO atlas_sites_bng
SELECT id, name, operator, gpus, country, ST_Transform(ST_SetSRID(ST_MakePoint(lon, lat), 4326), 27700)
FROM (VALUES
    ('cambois', 'QTS Cambois', 'QTS', 16000, 'GB', -1.5232, 55.1547),
    ('chapelhall', 'CoreWeave Chapelhall', 'CoreWeave', NULL, 'GB', -3.945, 55.845)
) AS site (id, name, operator, gpus, country, lon, lat);
