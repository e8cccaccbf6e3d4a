-- Per year, up to the date: agreements signed, missions completed, conferences held, statements issued.
-- Parameter: the date.
SELECT extract(year FROM on_date)::int,
       count(*) FILTER (WHERE type = 'agreement' AND step = 'signed'),
       count(*) FILTER (WHERE type = 'mission' AND step = 'completed'),
       count(*) FILTER (WHERE step = 'held'),
       count(*) FILTER (WHERE step = 'issued')
FROM {s}.step
WHERE on_date <= ? AND step IN ('signed', 'completed', 'held', 'issued')
GROUP BY 1
ORDER BY 1
